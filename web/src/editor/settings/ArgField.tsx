// One field of the generated settings form: picks the widget named by the arg's UI hint (STYLE item 3:
// no hand-written form per block). Unknown widgets fall back to JSON.
import type { Widget } from '@couponflow/schema';
import type { ComponentType } from 'react';
import type { WidgetProps } from './context';
import { AudiencePicker, EventTypePicker, PathPicker, TemplatePicker } from './pickers';
import {
  ArmsWidget,
  BooleanWidget,
  DateWidget,
  FilterWidget,
  HoursWidget,
  JsonWidget,
  MoneyWidget,
  NumberWidget,
  OperatorWidget,
  SelectWidget,
  TagsWidget,
  TextWidget,
  ValueWidget,
  WeekdaysWidget,
  WindowWidget,
} from './widgets';

export const widgetComponents: Record<Widget, ComponentType<WidgetProps>> = {
  select: SelectWidget,
  number: NumberWidget,
  money: MoneyWidget,
  text: TextWidget,
  tags: TagsWidget,
  date: DateWidget,
  weekdays: WeekdaysWidget,
  hours: HoursWidget,
  eventType: EventTypePicker,
  template: TemplatePicker,
  audience: AudiencePicker,
  boolean: BooleanWidget,
  path: PathPicker,
  operator: OperatorWidget,
  value: ValueWidget,
  window: WindowWidget,
  filter: FilterWidget,
  arms: ArmsWidget,
  json: JsonWidget,
};

export function ArgField({ widget, ...props }: WidgetProps & { widget: Widget }) {
  const Component = widgetComponents[widget] ?? JsonWidget;
  return <Component {...props} />;
}

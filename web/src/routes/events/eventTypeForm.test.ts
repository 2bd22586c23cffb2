// Where the server's defineEventType messages land in the form.
import { describe, expect, it } from 'vitest';
import { eventTypeErrorPlace } from './EventTypeForm';

describe('eventTypeErrorPlace', () => {
  it('puts the name, the description and each property row in its place, anything else on the form', () => {
    expect(eventTypeErrorPlace('input.name')).toBe('name');
    expect(eventTypeErrorPlace('input.description')).toBe('description');
    expect(eventTypeErrorPlace('input.properties.2.name')).toBe(2);
    expect(eventTypeErrorPlace('input.properties[0].type')).toBe(0);
    expect(eventTypeErrorPlace('input.properties')).toBeNull();
    expect(eventTypeErrorPlace(undefined)).toBeNull();
  });
});

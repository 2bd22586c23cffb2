import { Migration } from '@mikro-orm/migrations';

/**
 * `rule_exposure_day`: exposed users per rule, arm and UTC day of exposure (metrics/metrics.entity.ts), so
 * that an experiment sums a few rows instead of counting every exposure. Statement triggers keep it
 * with the raw rows, whoever writes them: each INSERT (only the rows it inserted: `ON CONFLICT DO
 * NOTHING` skips are not in its transition table), DELETE or UPDATE adds its rows' counts per day in
 * one upsert, sorted (one lock order), into the slot of its transaction (txid % 8, as `metric_daily`:
 * concurrent writers of one rule's day mostly add to different rows instead of waiting for each
 * other's COMMIT). Existing exposures are counted once here, into slot 0. MikroORM's schema diff does
 * not read triggers (hand-written part).
 */
const add = (rows: string, sign: string) => `
  insert into "rule_exposure_day" ("rule_id", "arm", "control", "day", "slot", "users")
    select "rule_id", "arm", "control", cast("exposed_at" / 86400 as int), cast(txid_current() % 8 as int), ${sign}count(*)
    from ${rows} group by 1, 2, 3, 4 order by 1, 2, 3, 4
    on conflict ("rule_id", "arm", "control", "day", "slot")
    do update set "users" = "rule_exposure_day"."users" + excluded."users";`;

export class Migration20261207051714 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rule_exposure_day" ("rule_id" varchar(48) not null, "arm" varchar(64) not null, "control" boolean not null, "day" int not null, "slot" int not null default 0, "users" bigint not null default 0, constraint "rule_exposure_day_pkey" primary key ("rule_id", "arm", "control", "day", "slot"));`);
    this.addSql(`insert into "rule_exposure_day" ("rule_id", "arm", "control", "day", "slot", "users")
      select "rule_id", "arm", "control", cast("exposed_at" / 86400 as int), 0, count(*) from "rule_exposure" group by 1, 2, 3, 4;`);
    this.addSql(`create function "rule_exposure_day_add"() returns trigger language plpgsql as $$
      begin ${add('new_rows', '')} return null; end $$;`);
    this.addSql(`create function "rule_exposure_day_sub"() returns trigger language plpgsql as $$
      begin ${add('old_rows', '-')} return null; end $$;`);
    this.addSql(`create trigger "rule_exposure_day_insert" after insert on "rule_exposure"
      referencing new table as new_rows for each statement execute function "rule_exposure_day_add"();`);
    this.addSql(`create trigger "rule_exposure_day_delete" after delete on "rule_exposure"
      referencing old table as old_rows for each statement execute function "rule_exposure_day_sub"();`);
    this.addSql(`create trigger "rule_exposure_day_update_old" after update on "rule_exposure"
      referencing old table as old_rows for each statement execute function "rule_exposure_day_sub"();`);
    this.addSql(`create trigger "rule_exposure_day_update_new" after update on "rule_exposure"
      referencing new table as new_rows for each statement execute function "rule_exposure_day_add"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "rule_exposure_day_update_new" on "rule_exposure";`);
    this.addSql(`drop trigger if exists "rule_exposure_day_update_old" on "rule_exposure";`);
    this.addSql(`drop trigger if exists "rule_exposure_day_delete" on "rule_exposure";`);
    this.addSql(`drop trigger if exists "rule_exposure_day_insert" on "rule_exposure";`);
    this.addSql(`drop function if exists "rule_exposure_day_sub"();`);
    this.addSql(`drop function if exists "rule_exposure_day_add"();`);
    this.addSql(`drop table if exists "rule_exposure_day" cascade;`);
  }

}

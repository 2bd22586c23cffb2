import { Migration } from '@mikro-orm/migrations';

/**
 * `rule_exposure_day`: exposed users per rule, arm and UTC day of exposure (metrics/metrics.entity.ts), so
 * that an experiment sums a few rows instead of counting every exposure. Triggers keep it with the
 * raw rows in the same statement, whoever writes them (the engine, a test or a seed); existing
 * exposures are counted once here. MikroORM's schema diff does not read triggers (hand-written part).
 */
export class Migration20261207051714 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`rule_exposure_day\` (\`rule_id\` text not null, \`arm\` text not null, \`control\` integer not null, \`day\` integer not null, \`slot\` integer not null default 0, \`users\` bigint not null default 0, primary key (\`rule_id\`, \`arm\`, \`control\`, \`day\`, \`slot\`));`);
    this.addSql(`insert into \`rule_exposure_day\` (\`rule_id\`, \`arm\`, \`control\`, \`day\`, \`slot\`, \`users\`)
      select \`rule_id\`, \`arm\`, \`control\`, \`exposed_at\` / 86400, 0, count(*) from \`rule_exposure\`
      group by \`rule_id\`, \`arm\`, \`control\`, \`exposed_at\` / 86400;`);
    this.addSql(`create trigger \`rule_exposure_day_insert\` after insert on \`rule_exposure\` begin
      insert into \`rule_exposure_day\` (\`rule_id\`, \`arm\`, \`control\`, \`day\`, \`slot\`, \`users\`)
        values (new.\`rule_id\`, new.\`arm\`, new.\`control\`, new.\`exposed_at\` / 86400, 0, 1)
        on conflict (\`rule_id\`, \`arm\`, \`control\`, \`day\`, \`slot\`) do update set \`users\` = \`users\` + 1;
    end;`);
    this.addSql(`create trigger \`rule_exposure_day_delete\` after delete on \`rule_exposure\` begin
      update \`rule_exposure_day\` set \`users\` = \`users\` - 1 where \`rule_id\` = old.\`rule_id\` and \`arm\` = old.\`arm\`
        and \`control\` = old.\`control\` and \`day\` = old.\`exposed_at\` / 86400 and \`slot\` = 0;
    end;`);
    this.addSql(`create trigger \`rule_exposure_day_update\` after update of \`rule_id\`, \`arm\`, \`control\`, \`exposed_at\` on \`rule_exposure\` begin
      update \`rule_exposure_day\` set \`users\` = \`users\` - 1 where \`rule_id\` = old.\`rule_id\` and \`arm\` = old.\`arm\`
        and \`control\` = old.\`control\` and \`day\` = old.\`exposed_at\` / 86400 and \`slot\` = 0;
      insert into \`rule_exposure_day\` (\`rule_id\`, \`arm\`, \`control\`, \`day\`, \`slot\`, \`users\`)
        values (new.\`rule_id\`, new.\`arm\`, new.\`control\`, new.\`exposed_at\` / 86400, 0, 1)
        on conflict (\`rule_id\`, \`arm\`, \`control\`, \`day\`, \`slot\`) do update set \`users\` = \`users\` + 1;
    end;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists \`rule_exposure_day_update\`;`);
    this.addSql(`drop trigger if exists \`rule_exposure_day_delete\`;`);
    this.addSql(`drop trigger if exists \`rule_exposure_day_insert\`;`);
    this.addSql(`drop table if exists \`rule_exposure_day\`;`);
  }

}

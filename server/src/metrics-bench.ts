// What the metrics benchmark (test/bench/suites/metrics.ts) reaches of the server: a migrated
// database and the metrics service on it, the rollup counters, and the LTV fits with the CDNOW data.
import { entitySchemas } from './composition';
import { dialectOf } from './config';
import { migrate } from './db/migrate';
import { initOrm } from './db/orm';
import { Database } from './db/sql';
import { fitBgNbd } from './metrics/ltv/bgnbd';
import { cdnowCustomers } from './metrics/ltv/cdnow';
import { fitGammaGamma } from './metrics/ltv/gammagamma';
import { simulateCustomers } from './metrics/ltv/simulate';
import { MetricsService } from './metrics/metrics.service';
import { armSums, exposureSpan, ruleArmSource } from './metrics/metrics.sql';
import { COUNTERS } from './metrics/rollup';

export {
  armSums,
  cdnowCustomers,
  COUNTERS,
  exposureSpan,
  fitBgNbd,
  fitGammaGamma,
  ruleArmSource,
  simulateCustomers,
};

/** A migrated database at `url`, a metrics service on it (time zone `timeZone`), and the database. */
export async function openMetrics(url: string, timeZone = 'UTC') {
  const dialect = dialectOf(url);
  const orm = await initOrm(url, dialect, entitySchemas(dialect), 4);
  const db = new Database(orm, dialect);
  await migrate(db);
  return { metrics: new MetricsService(db, timeZone), db, close: () => db.close() };
}

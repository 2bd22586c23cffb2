// `pnpm metrics:rebuild`: recomputes every metrics rollup from raw rows (the outbox's coupon events
// and the order facts) on the database of DATABASE_URL, in one transaction; the same as the
// `rebuildMetrics` mutation. Safe while the server runs (ingestion waits for the transaction).
import { entitySchemas } from '../composition';
import { loadConfig } from '../config';
import { migrate } from '../db/migrate';
import { initOrm } from '../db/orm';
import { Database } from '../db/sql';
import { MetricsService } from '../metrics/metrics.service';

const config = loadConfig();
const orm = await initOrm(config.DATABASE_URL, config.dialect, entitySchemas(config.dialect), 1);
const db = new Database(orm, config.dialect);
try {
  await migrate(db);
  const started = Date.now();
  const report = await new MetricsService(db, config.TIME_ZONE).rebuild();
  console.log(
    `rebuilt metrics from ${report.couponEvents} coupon events and ${report.orders} orders in ${Date.now() - started} ms (time zone ${config.TIME_ZONE})`,
  );
} finally {
  await db.close();
}

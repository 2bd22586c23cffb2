// `pnpm start`: one process is the whole product (GraphQL at /graphql, console at /).
import { createApp } from './app';
import { loadConfig } from './config';
import { createLogger } from './logger';

const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);

try {
  const app = await createApp(config, log);
  const port = await app.listen(config.PORT, config.HOST);
  log.info({ port, database: config.dialect, url: `http://localhost:${port}/` }, 'listening');
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    app
      .close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
} catch (err) {
  log.fatal({ err }, 'failed to start');
  process.exit(1);
}

// The one LIKE escaping helper lives in db/sql.ts; re-exported for tracking/ and audiences/.
export { escapeLike } from '../db/sql';

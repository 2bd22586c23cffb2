import { Migration } from '@mikro-orm/migrations';

/**
 * Webhook delivery on PostgreSQL: fewer index entries per delivery row version, and webhook_cycle(), one
 * pump cycle (record the attempts that succeeded, then claim) in one round trip. Each statement of a
 * volatile PL/pgSQL function takes a fresh snapshot, so the cycle keeps the order a multi-statement
 * transaction had: the in-flight count and the heads are read after the endpoint's lock is taken.
 * (server/src/events/delivery.ts describes the claim; its SQLite path runs the same steps.)
 */
export class Migration20261125161831 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "webhook_delivery_endpoint_id_event_id_index";`);
    this.addSql(`drop index "webhook_delivery_endpoint_id_id_index";`);
    this.addSql(`drop index "webhook_delivery_status_finished_at_index";`);

    this.addSql(`create index "webhook_delivery_finished_at_index" on "webhook_delivery" ("finished_at") where "status" in ('SUCCEEDED', 'DEAD');`);

    this.addSql(`create or replace function webhook_cycle(
  p_endpoint varchar, p_now bigint, p_lease_until bigint, p_token varchar, p_claim boolean,
  p_check_expired boolean, p_done json, p_instance varchar)
returns json language plpgsql volatile
-- planned on every call with the current table sizes, like the client's statements it replaces: a plan
-- cached while the tables were small (a new database) would keep scanning them whole as they grow
set plan_cache_mode = force_custom_plan
as $fn$
declare
  ep record;
  cap int;
  room int;
  expired json := '[]';
  n_expired int := 0;
  pending json := '[]';
  ids bigint[];
  missing bigint[];
begin
  -- losing this commit in a database crash only repeats work (a success or a claim rolled back means
  -- the delivery is sent again, with the same webhook-id): the outbox and the dispatcher's cursor are
  -- written with full durability, and every later durable commit flushes this one too
  perform set_config('synchronous_commit', 'off', true);

  -- 1. attempts that succeeded (only the claim token that sent them may finish them), and their log.
  -- (Rows are found by an array of ids throughout: an UPDATE joined to a row set the planner cannot
  -- size may hash the whole table.)
  if p_done is not null then
    update webhook_delivery w
       set status = 'SUCCEEDED', last_status_code = r.status_code, last_error = null, finished_at = p_now, claim_token = null
      from json_to_recordset(p_done) as r(id bigint, token varchar, status_code int)
     where w.id = any(array(select (j->>'id')::bigint from json_array_elements(p_done) j))
       and w.id = r.id and w.claim_token = r.token and w.status = 'SENDING';
    insert into webhook_attempt (delivery_id, endpoint_id, event_id, attempt, started_at, duration_ms, outcome, status_code, response_excerpt, error, instance)
    select r.id, p_endpoint, r.event_id, r.attempt, r.started_at, r.duration_ms, 'SUCCEEDED', r.status_code, r.excerpt, null, p_instance
      from json_to_recordset(p_done) as r(id bigint, event_id bigint, attempt int, started_at bigint, duration_ms int, status_code int, excerpt text);
  end if;
  if not p_claim then
    return null;
  end if;

  -- 2. the endpoint, locked: one claimer per endpoint at a time, the others skip it
  select e.id, e.url, e.secret, e.previous_secret, e.previous_secret_until, e.max_concurrency, e.enabled, e.owner_key_id,
         k.revoked_at as key_revoked_at
    into ep
    from webhook_endpoint e left join api_key k on k.id = e.owner_key_id
   where e.id = p_endpoint
     for update of e skip locked;
  if not found then
    return null;
  end if;
  if not ep.enabled or (ep.owner_key_id is not null and ep.key_revoked_at is not null) then
    return json_build_object('endpoint', row_to_json(ep), 'expired', expired, 'pending', pending, 'more_expired', false);
  end if;
  cap := greatest(1, ep.max_concurrency);

  -- 3. attempts whose instance went silent (their lease ran out) go first: each is the head of its queue;
  -- they are logged as abandoned before they are tried again
  if p_check_expired then
    -- requests in flight for this endpoint on every instance
    select cap - count(*) into room from webhook_delivery b
     where b.endpoint_id = p_endpoint and b.status = 'SENDING' and b.next_attempt_at > p_now;
    if room <= 0 then
      return json_build_object('endpoint', row_to_json(ep), 'expired', expired, 'pending', pending, 'more_expired', true);
    end if;
    select coalesce(json_agg(x), '[]'), count(*), array_agg(x.id), array_agg(x.id) filter (where x.o_id is null)
      into expired, n_expired, ids, missing
      from (select d.id, d.event_id, d.order_key, d.attempts, d.status, o.id as o_id, o.type, o.coupon_id, o.template_id,
                   o.campaign_id, o.user_id, o.merchant_id, o.payload, o.created_at
              from webhook_delivery d left join outbox_event o on o.id = d.event_id
             where d.endpoint_id = p_endpoint and d.status = 'SENDING' and d.next_attempt_at <= p_now
             order by d.next_attempt_at
             limit room
               for update of d skip locked) x;
    if n_expired > 0 then
      -- (their new lease counts them as in flight for step 4)
      update webhook_delivery set attempts = attempts + 1, next_attempt_at = p_lease_until, claim_token = p_token
       where id = any(ids);
      insert into webhook_attempt (delivery_id, endpoint_id, event_id, attempt, started_at, duration_ms, outcome, status_code, response_excerpt, error, instance)
      select x.id, p_endpoint, x.event_id, x.attempts, p_now, 0, 'ABANDONED', null, null,
             'lease ran out: the instance sending it stopped answering', null
        from json_to_recordset(expired) as x(id bigint, event_id bigint, attempts int);
    end if;
  end if;

  -- 4. as many as the endpoint has free slots (its limit less the requests in flight on every instance)
  -- of the due rows that head their coupon's queue (the lowest open id of it), in due order, skipping
  -- rows other instances hold: the due index read in order, a probe of the (endpoint, coupon, id) index
  -- per row (the only index giving a coupon's rows in id order), stopping at the limit. (The limit is a
  -- subquery, so the planner, which cannot tell how many due rows are heads, plans for stopping early.)
  with c as materialized (
    select d.id, d.event_id, d.order_key, d.attempts, d.status, o.id as o_id, o.type, o.coupon_id, o.template_id,
           o.campaign_id, o.user_id, o.merchant_id, o.payload, o.created_at
      from webhook_delivery d left join outbox_event o on o.id = d.event_id
      left join lateral (select h.id from webhook_delivery h
                          where h.endpoint_id = d.endpoint_id and h.order_key = d.order_key
                            and h.status in ('PENDING', 'SENDING')
                          order by h.id limit 1) hd on true
     where d.endpoint_id = p_endpoint and d.status = 'PENDING' and d.next_attempt_at <= p_now and hd.id = d.id
     order by d.next_attempt_at
     limit (select greatest(0, cap - count(*)) from webhook_delivery b
             where b.endpoint_id = p_endpoint and b.status = 'SENDING' and b.next_attempt_at > p_now)
       for update of d skip locked),
  u as (
    update webhook_delivery set status = 'SENDING', attempts = attempts + 1, next_attempt_at = p_lease_until, claim_token = p_token
     where id = any(array(select c.id from c)))
  select coalesce(json_agg(c), '[]'), missing || array_agg(c.id) filter (where c.o_id is null)
    into pending, missing
    from c;

  -- 5. rows whose event is no longer stored cannot be sent: dead
  if missing is not null then
    update webhook_delivery
       set status = 'DEAD', last_error = 'the event is no longer stored', finished_at = p_now, claim_token = null
     where id = any(missing);
  end if;

  return json_build_object('endpoint', row_to_json(ep), 'expired', expired, 'pending', pending,
                           'more_expired', p_check_expired and n_expired >= room);
end
$fn$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists webhook_cycle(varchar, bigint, bigint, varchar, boolean, boolean, json, varchar);`);

    this.addSql(`drop index "webhook_delivery_finished_at_index";`);

    this.addSql(`create index "webhook_delivery_endpoint_id_event_id_index" on "webhook_delivery" ("endpoint_id", "event_id");`);
    this.addSql(`create index "webhook_delivery_endpoint_id_id_index" on "webhook_delivery" ("endpoint_id", "id");`);
    this.addSql(`create index "webhook_delivery_status_finished_at_index" on "webhook_delivery" ("status", "finished_at");`);
  }

}

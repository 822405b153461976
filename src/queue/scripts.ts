/**
 * The Lua scripts behind the queue's guarantees. Each runs atomically in
 * Redis, so the checks and the writes of one step cannot be split by another
 * worker: an attempt's owner token fences every write it makes.
 *
 * Keys per job: `owner` (the running attempt's token, with a TTL renewed
 * while it runs), `open` (hash: token → worker of every attempt that started
 * and did not end cleanly), `attempts` (counter), `outcome` (the final
 * record), `cancel` (a cancel request's reason), `events` (the stream).
 * Keys per thread: `pending` (sorted set: job id → enqueue ticket), `lease`
 * (the token of the attempt running the thread), `state` (hash: `version`,
 * `path`, `commit`), `rollout` (the rollout's bytes, appended to).
 */

/**
 * Starts an attempt. KEYS: outcome, cancel, owner, open, attempts, pending, lease.
 * ARGV: jobId, ticket, token, leaseMs, worker, isThreadJob ("1"/"0").
 * Returns ["done"] | ["cancelled", reason] | ["behind", headJobId] |
 * ["busy", holder] | ["go", attempt, ...lostWorkers]: the workers of attempts
 * that started and never ended (died, or lost their lock), forgotten now.
 */
export const ACQUIRE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return {'done'} end
local reason = redis.call('GET', KEYS[2])
if reason then return {'cancelled', reason} end
local owner = redis.call('GET', KEYS[3])
if owner and owner ~= ARGV[3] then return {'busy', owner} end
if ARGV[6] == '1' then
  redis.call('ZADD', KEYS[6], 'NX', ARGV[2], ARGV[1])
  local head = redis.call('ZRANGE', KEYS[6], 0, 0)[1]
  if head ~= ARGV[1] then return {'behind', head} end
  local holder = redis.call('GET', KEYS[7])
  if holder and holder ~= ARGV[3] then return {'busy', holder} end
  redis.call('SET', KEYS[7], ARGV[3], 'PX', ARGV[4])
end
redis.call('SET', KEYS[3], ARGV[3], 'PX', ARGV[4])
local lost = redis.call('HVALS', KEYS[4])
redis.call('DEL', KEYS[4])
redis.call('HSET', KEYS[4], ARGV[3], ARGV[5])
local result = {'go', tostring(redis.call('INCR', KEYS[5]))}
for _, worker in ipairs(lost) do table.insert(result, worker) end
return result
`;

/**
 * Keeps an attempt's claim alive. KEYS: owner, lease (or the owner again), cancel.
 * ARGV: token, leaseMs. Returns 0 (lost), 1 (held), 2 (held, cancel asked).
 */
export const RENEW = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if KEYS[2] ~= KEYS[1] and redis.call('GET', KEYS[2]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
if redis.call('EXISTS', KEYS[3]) == 1 then return 2 end
return 1
`;

/**
 * Appends an event, only for the attempt that owns the job.
 * KEYS: owner, events. ARGV: token, json, maxLen. Returns the entry id, or false.
 */
export const APPEND_EVENT = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return false end
return redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[3], '*', 'event', ARGV[2])
`;

/**
 * A new thread's first attempt claims the thread as soon as codex names it,
 * so that a turn enqueued for it meanwhile waits for this one.
 * KEYS: owner, pending, lease, jobThread. ARGV: token, jobId, ticket, leaseMs, threadId, retentionMs.
 */
export const CLAIM_THREAD = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
redis.call('SET', KEYS[3], ARGV[1], 'PX', ARGV[4])
redis.call('SET', KEYS[4], ARGV[5], 'PX', ARGV[6])
return 1
`;

/**
 * Ends an attempt. Mode "commit" publishes the thread's new state (compare-
 * and-set on its version and the rollout's length) with the outcome; "finish"
 * records an outcome only (failed, cancelled); "release" records none and
 * hands the job back. KEYS: owner, open, outcome, events, pending, lease,
 * state, rollout. ARGV: token, jobId, mode, outcomeJson, eventJson,
 * retentionMs, version, rolloutLength, rolloutSuffix, rolloutPath, commit.
 * Returns "ok", "fenced" (the token is no longer the owner) or "conflict".
 */
export const END_ATTEMPT = `
if ARGV[1] ~= '' and redis.call('GET', KEYS[1]) ~= ARGV[1] then return 'fenced' end
if ARGV[1] == '' and redis.call('EXISTS', KEYS[1]) == 1 then return 'fenced' end
if ARGV[3] ~= 'release' and redis.call('EXISTS', KEYS[3]) == 1 then return 'fenced' end
if ARGV[3] == 'commit' then
  local version = redis.call('HGET', KEYS[7], 'version') or '0'
  if version ~= ARGV[7] or tostring(redis.call('STRLEN', KEYS[8])) ~= ARGV[8] then return 'conflict' end
  redis.call('APPEND', KEYS[8], ARGV[9])
  redis.call('HSET', KEYS[7], 'version', tostring(tonumber(version) + 1), 'path', ARGV[10], 'commit', ARGV[11])
end
if ARGV[5] ~= '' then redis.call('XADD', KEYS[4], '*', 'event', ARGV[5]) end
if ARGV[3] ~= 'release' then
  redis.call('SET', KEYS[3], ARGV[4], 'PX', ARGV[6])
  redis.call('PEXPIRE', KEYS[4], ARGV[6])
  redis.call('ZREM', KEYS[5], ARGV[2])
end
if ARGV[3] ~= 'release' then redis.call('DEL', KEYS[2]) end
if ARGV[1] ~= '' then
  redis.call('HDEL', KEYS[2], ARGV[1])
  redis.call('DEL', KEYS[1])
  if redis.call('GET', KEYS[6]) == ARGV[1] then redis.call('DEL', KEYS[6]) end
end
return 'ok'
`;

-- consume_rate_limits in two statements instead of one per limit: the first makes sure every
-- bucket exists, locks them all (in key order, so that concurrent requests cannot deadlock)
-- and starts a new window where the last one ended, and answers them; the second counts the
-- hit, only when no limit is full. Same contract as before: a hit on every limit, or on none.
CREATE OR REPLACE FUNCTION "consume_rate_limits"(p_keys TEXT[], p_limits INTEGER[], p_windows INTEGER[], p_now TIMESTAMPTZ)
RETURNS TABLE ("limited_key" TEXT, "retry_after_seconds" INTEGER)
LANGUAGE plpgsql AS $$
DECLARE
  full_key TEXT;
  ends_at TIMESTAMPTZ;
BEGIN
  WITH wanted AS (
    SELECT t.key, t.max, t.seconds, t.position FROM unnest(p_keys, p_limits, p_windows) WITH ORDINALITY AS t(key, max, seconds, position)
  ), current AS (
    INSERT INTO "rate_limit_buckets" AS b ("key", "window_started_at", "window_seconds", "hits")
    SELECT w.key, p_now, w.seconds, 0 FROM wanted w ORDER BY w.key
    ON CONFLICT ("key") DO UPDATE SET
      "window_started_at" = CASE WHEN b.window_started_at + make_interval(secs => EXCLUDED.window_seconds) > p_now THEN b.window_started_at ELSE p_now END,
      "hits" = CASE WHEN b.window_started_at + make_interval(secs => EXCLUDED.window_seconds) > p_now THEN b.hits ELSE 0 END,
      "window_seconds" = EXCLUDED.window_seconds
    RETURNING b.key, b.hits, b.window_started_at, b.window_seconds
  )
  SELECT c.key, c.window_started_at + make_interval(secs => c.window_seconds) INTO full_key, ends_at
  FROM current c JOIN wanted w ON w.key = c.key
  WHERE c.hits >= w.max
  ORDER BY w.position
  LIMIT 1;

  IF full_key IS NOT NULL THEN
    limited_key := full_key;
    retry_after_seconds := greatest(1, ceil(extract(epoch FROM ends_at - p_now)))::INTEGER;
    RETURN NEXT;
    RETURN;
  END IF;

  UPDATE "rate_limit_buckets" SET "hits" = "hits" + 1 WHERE "key" = ANY (p_keys);
END;
$$;

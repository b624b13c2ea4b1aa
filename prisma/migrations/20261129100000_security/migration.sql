-- AlterTable
ALTER TABLE "otp_challenges" ADD COLUMN     "client_address" VARCHAR(64);

-- AlterTable
ALTER TABLE "audit_entries" ADD COLUMN     "client_address" VARCHAR(64);

-- CreateTable
CREATE TABLE "admin_sessions" (
    "id" UUID NOT NULL,
    "user_id" INTEGER NOT NULL,
    "client_address" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "admin_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_buckets" (
    "key" VARCHAR(200) NOT NULL,
    "window_started_at" TIMESTAMPTZ(3) NOT NULL,
    "window_seconds" INTEGER NOT NULL,
    "hits" INTEGER NOT NULL,

    CONSTRAINT "rate_limit_buckets_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "admin_sessions_user_id_idx" ON "admin_sessions"("user_id");

-- CreateIndex
CREATE INDEX "admin_sessions_expires_at_idx" ON "admin_sessions"("expires_at");

-- CreateIndex
CREATE INDEX "rate_limit_buckets_window_started_at_idx" ON "rate_limit_buckets"("window_started_at");

-- CreateIndex
CREATE INDEX "otp_challenges_created_at_idx" ON "otp_challenges"("created_at");

-- AddForeignKey
ALTER TABLE "admin_sessions" ADD CONSTRAINT "admin_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "admin_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Rate limits (lib/limits): takes one hit from every named bucket, or from none.
-- Each bucket is a fixed window that starts at its first hit. Buckets are locked in key
-- order, so concurrent callers neither deadlock nor both take a bucket's last hit. Answers
-- no row when the hits were taken, else the first full limit (in the order given) and the
-- seconds until its window ends.
CREATE FUNCTION "consume_rate_limits"(p_keys TEXT[], p_limits INTEGER[], p_windows INTEGER[], p_now TIMESTAMPTZ)
RETURNS TABLE ("limited_key" TEXT, "retry_after_seconds" INTEGER)
LANGUAGE plpgsql AS $$
DECLARE
  i INTEGER;
  bucket RECORD;
BEGIN
  INSERT INTO "rate_limit_buckets" ("key", "window_started_at", "window_seconds", "hits")
  SELECT t.key, p_now, t.seconds, 0 FROM unnest(p_keys, p_windows) AS t(key, seconds)
  ORDER BY t.key
  ON CONFLICT ("key") DO NOTHING;

  PERFORM 1 FROM "rate_limit_buckets" WHERE "key" = ANY (p_keys) ORDER BY "key" FOR UPDATE;

  FOR i IN 1 .. coalesce(array_length(p_keys, 1), 0) LOOP
    SELECT "window_started_at", "hits" INTO bucket FROM "rate_limit_buckets" WHERE "key" = p_keys[i];
    IF bucket.window_started_at + make_interval(secs => p_windows[i]) > p_now AND bucket.hits >= p_limits[i] THEN
      limited_key := p_keys[i];
      retry_after_seconds := greatest(1, ceil(extract(epoch FROM bucket.window_started_at + make_interval(secs => p_windows[i]) - p_now)))::INTEGER;
      RETURN NEXT;
      RETURN;
    END IF;
  END LOOP;

  UPDATE "rate_limit_buckets" AS b SET
    "hits" = CASE WHEN b.window_started_at + make_interval(secs => t.seconds) > p_now THEN b.hits + 1 ELSE 1 END,
    "window_started_at" = CASE WHEN b.window_started_at + make_interval(secs => t.seconds) > p_now THEN b.window_started_at ELSE p_now END,
    "window_seconds" = t.seconds
  FROM unnest(p_keys, p_windows) AS t(key, seconds)
  WHERE b.key = t.key;
END;
$$;

-- The send log finds a message by its Kavenegar id, or the id's beginning (a range of this index).
CREATE INDEX "send_attempts_message_id_idx" ON "send_attempts"("message_id");

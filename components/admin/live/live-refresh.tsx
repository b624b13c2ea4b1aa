"use client";
// Keeps a server-rendered page current: every send attempt or incident change, on any instance,
// re-renders it from the database (at most once every REFRESH_EVERY_MS), keeping client state.
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useAttemptEvents, useIncidentEvents } from "./attempt-stream";

const REFRESH_EVERY_MS = 1_500;

export function LiveRefresh() {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastRefresh = useRef(0);

  const schedule = () => {
    if (timer.current) return;
    const wait = Math.max(0, lastRefresh.current + REFRESH_EVERY_MS - Date.now());
    timer.current = setTimeout(() => {
      timer.current = null;
      lastRefresh.current = Date.now();
      router.refresh();
    }, wait);
  };
  useAttemptEvents(schedule);
  useIncidentEvents(schedule);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return null;
}

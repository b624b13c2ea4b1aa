import { utcText } from "@/lib/i18n/format";
import { useFormat } from "./use-format";

/** An instant in the console's zone and calendar, with the UTC time on hover. */
export function Time({
  iso,
  show = "dateTime",
  seconds,
  className,
}: {
  iso: string;
  show?: "dateTime" | "date" | "time";
  seconds?: boolean;
  className?: string;
}) {
  const format = useFormat();
  return (
    <time dateTime={iso} title={utcText(iso)} className={className}>
      {format[show](iso, { seconds })}
    </time>
  );
}

import { utcText } from "@/lib/i18n/format";
import { useFormat } from "./use-format";

/**
 * An instant in the console's zone and calendar, with the UTC time on hover. `wrap`: a date and
 * time may take two lines in a narrow column, breaking between them and nowhere else.
 */
export function Time({
  iso,
  show = "dateTime",
  seconds,
  wrap = false,
  className,
}: {
  iso: string;
  show?: "dateTime" | "date" | "time";
  seconds?: boolean;
  wrap?: boolean;
  className?: string;
}) {
  const format = useFormat();
  return (
    <time dateTime={iso} title={utcText(iso)} className={className}>
      {wrap && show === "dateTime" ? (
        <>
          <span className="whitespace-nowrap">{format.date(iso)}</span>{" "}
          <span className="whitespace-nowrap">{format.time(iso, { seconds: seconds ?? false })}</span>
        </>
      ) : (
        format[show](iso, { seconds })
      )}
    </time>
  );
}

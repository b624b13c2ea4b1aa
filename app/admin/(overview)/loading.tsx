// Shown while the page loads: the page's shape, in grey.
export { PageSkeleton as default } from "@/components/ui/page-skeleton";

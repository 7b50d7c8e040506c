import ScreeningLoader from "@/components/screening/ScreeningLoader";

export default function ScreeningPage() {
  return <ScreeningLoader />;
}

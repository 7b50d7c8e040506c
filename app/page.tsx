import ScreeningApp from "@/components/screening/ScreeningApp";

export default function ScreeningPage() {
  return <ScreeningApp />;
}

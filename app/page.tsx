// Placeholder: replaced by the screening form.
export default function ScreeningPage() {
  return <h1 className="text-2xl font-bold">Screening</h1>;
}

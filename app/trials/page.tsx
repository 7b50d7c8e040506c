// Placeholder so the "Trials" nav link resolves; replaced by the trials list.
export default function TrialsPage() {
  return <h1 className="text-2xl font-bold">Trials</h1>;
}

/** The screening page's heading and one-line purpose, shared by the loading shell and the app. */
export function ScreeningIntro() {
  return (
    <div>
      <h1 className="text-2xl font-bold text-slate-900">Screening</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">
        One de-identified profile against every encoded trial. Anything left unknown stays unknown: it never counts as “no”.
      </p>
    </div>
  );
}

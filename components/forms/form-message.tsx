/**
 * The outcome of a small form's request, said where assistive technology hears it: a refusal in an
 * alert region, a success in a status region. Both regions stay in the DOM (empty and hidden) so
 * screen readers announce the text when it appears.
 */
export type FormMessageState = { kind: "error" | "done"; text: string } | undefined;

export function FormMessage({ message, className = "" }: { message: FormMessageState; className?: string }) {
  const extra = className ? `${className} ` : "";
  return (
    <>
      <div role="alert" className={`${extra}empty:hidden text-sm font-medium text-red-800`}>
        {message?.kind === "error" ? message.text : null}
      </div>
      <div role="status" className={`${extra}empty:hidden text-sm text-green-900`}>
        {message?.kind === "done" ? message.text : null}
      </div>
    </>
  );
}

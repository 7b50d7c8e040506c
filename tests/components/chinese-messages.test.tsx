// @vitest-environment jsdom
/**
 * The screening page in Chinese says lib/'s messages in Chinese (issue 13): a field's validation
 * message, the plausibility and identifier warnings, a refused file and the scores' explanations.
 * The same page in English is tests/components/screening.test.tsx.
 */
import { configure, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel, type UserEvent } from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { MESSAGES } from "@/lib/i18n/catalogs";
import { sectionOf } from "@/lib/view/form";
import { renderScreening } from "../support/screening";
import { decompensatedHbv } from "../fixtures/profiles";

configure({ defaultHidden: true });
vi.setConfig({ testTimeout: 60_000 });

beforeEach(() => {
  window.sessionStorage.clear();
});

const ZH = MESSAGES["zh-CN"];
const ZH_FIELDS = ZH.fields as unknown as Record<string, Record<string, string>>;

async function setup() {
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  await renderScreening("zh-CN");
  return { user };
}

/** A field of the form by its Chinese label, within its section. */
function field(path: string): HTMLElement {
  const [section, key] = path.split(".") as [string, string];
  const label = ZH_FIELDS[section]?.[key];
  if (!label) throw new Error(`no Chinese label for ${path}`);
  return within(document.getElementById(`section-${sectionOf(path)}`)!).getByLabelText(label);
}

function unitOf(path: string): HTMLElement {
  const [section, key] = path.split(".") as [string, string];
  return within(document.getElementById(`section-${sectionOf(path)}`)!).getByLabelText(`${ZH_FIELDS[section]?.[key]}单位`);
}

function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

const header = () => within(document.getElementById("screening-header")!);
const results = () => document.getElementById("results-heading")!.closest("section")!;

async function upload(user: UserEvent, text: string, name = "profile.json") {
  await user.upload(header().getByLabelText(ZH.screening.loadProfile), new File([text], name, { type: "application/json" }));
}

describe("lib/'s messages on the screening page in Chinese", () => {
  it("shows a field's validation message in Chinese, and the results count it", async () => {
    const { user } = await setup();
    const age = field("demographics.ageYears");
    await user.type(age, "abc");
    await waitFor(() => expect(age.getAttribute("aria-invalid")).toBe("true"));
    expect(descriptionOf(age)).toContain("年龄：请输入数字");
    expect(within(age.closest("div")!).getByRole("alert").textContent).toContain("年龄：请输入数字");
    expect(results().textContent).toContain("1 个字段有错误，按未知处理。");
    expect(results().textContent).toContain("年龄：请输入数字");

    await user.clear(age);
    await user.type(age, "200");
    await waitFor(() => expect(descriptionOf(age)).toContain("年龄不能高于 120 岁"));
    expect(descriptionOf(age)).not.toMatch(/cannot|enter/);
  });

  it("warns in Chinese about a bilirubin typed in mg/dL that looks like µmol/L", async () => {
    const { user } = await setup();
    const bilirubin = field("labs.bilirubin");
    await user.selectOptions(unitOf("labs.bilirubin"), "mg/dL");
    await user.type(bilirubin, "25");
    await waitFor(() => expect(descriptionOf(bilirubin)).toContain("25 mg/dL 过高（相当于 427.5 µmol/L）。是否应为 25 µmol/L（1.462 mg/dL）？"));
    expect(descriptionOf(bilirubin)).toContain("请核对：");
  });

  it("warns in Chinese when the screening label looks like a phone number", async () => {
    const { user } = await setup();
    const label = within(document.querySelector("form")!).getByLabelText(ZH.form.screeningLabel);
    await user.type(label, "13800138000");
    await waitFor(() => expect(descriptionOf(label)).toContain("此标签似乎含有电话号码或其他长数字"));
  });

  it("says in Chinese why a file is refused, field by field", async () => {
    const { user } = await setup();
    await upload(user, '{"demographics":{"ageYears":"56"},"name":"Li Si"}', "bed-12.json");
    const alert = await waitFor(() => header().getByRole("alert"));
    expect(alert.textContent).toContain("此文件与患者资料格式不符（2 处问题）。未做任何更改。");
    expect(alert.textContent).toContain("年龄 (demographics.ageYears)：年龄：请输入数字（文件中为带引号的文本 \"56\"；请去掉引号，直接写数字）");
    expect(alert.textContent).toContain("未知字段 \"name\"：资料中只能包含去标识化的筛查信息");
    expect(alert.textContent).not.toMatch(/Nothing was changed|enter a number/);
  });

  it("explains the scores in Chinese (a file loads into the empty Chinese form without asking to replace it)", async () => {
    const { user } = await setup();
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(false);
    await upload(user, JSON.stringify(decompensatedHbv));
    expect(confirm).not.toHaveBeenCalled();
    await waitFor(() => expect(results().textContent).toContain("Child-Pugh C 级（10 分）：胆红素 2.5 mg/dL → 2 分"));
    expect(results().textContent).toContain("MELD-Na 22，依据：肌酐 0.9 mg/dL（按 1.0 计）");
  });
});

/**
 * Report viewer
 * =============
 *
 * A dialog with the source report of an evidence sentence: title, date,
 * county and file, then the text with the sentence marked and scrolled to.
 */
import { languageStore, t } from "../core/i18n.ts";
import { closeReport, reportStore, sentenceRange } from "../core/report.ts";
import { h, markedText, replaceChildren } from "./dom.ts";

export function mountReportView(root: HTMLElement): void {
  root.addEventListener("click", (event) => {
    if (event.target === root) closeReport();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !root.hidden) closeReport();
  });
  const render = () => {
    const { report, evidence, loading } = reportStore.get();
    root.hidden = !report && !loading;
    if (root.hidden) return root.replaceChildren();
    const close = h("button", { type: "button", class: "close", title: t("panel.close"), onclick: closeReport }, "×");
    if (!report) return replaceChildren(root, h("div", { class: "dialog" }, close, h("p", { class: "loading" }, t("status.loading"))));
    const range = sentenceRange(report.text, evidence);
    const body = report.text
      ? h("div", { class: "report-text", id: "report-text" }, range ? markedText(report.text, [range], "evidence-mark") : report.text)
      : h(
          "div",
          { class: "report-text" },
          h("p", { class: "muted" }, t("report.noText")),
          evidence ? h("p", {}, markedText(evidence.text, evidence.highlights)) : null,
        );
    replaceChildren(
      root,
      h(
        "div",
        { class: "dialog", role: "dialog", "aria-modal": "true", id: "report-dialog" },
        close,
        h("h2", {}, report.title),
        h(
          "dl",
          { class: "facts-table" },
          report.date ? [h("dt", {}, t("report.date")), h("dd", {}, report.date)] : null,
          report.subject ? [h("dt", {}, t("report.subject")), h("dd", {}, report.subject)] : null,
          report.source ? [h("dt", {}, t("report.source")), h("dd", { class: "mono" }, report.source)] : null,
        ),
        body,
      ),
    );
    root.querySelector(".evidence-mark")?.scrollIntoView({ block: "center" });
  };
  reportStore.subscribe(render);
  languageStore.subscribe(render);
  render();
}

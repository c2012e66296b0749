/**
 * Labels
 * ======
 *
 * Node labels drawn with a white halo so they stay readable over edges and
 * other nodes; long names (project names run to 30 characters) are cut
 * with an ellipsis, the full name being in the side panel.
 */
import type { NodeLabelDrawingFunction } from "sigma/rendering";

export const LABEL_FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", system-ui, sans-serif';
const MAX_LABEL_CHARS = 16;

export const drawHaloLabel: NodeLabelDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  const label = data.label.length > MAX_LABEL_CHARS ? `${data.label.slice(0, MAX_LABEL_CHARS - 1)}…` : data.label;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 3;
  const y = data.y + size / 3;
  context.lineJoin = "round";
  context.lineWidth = 4;
  context.strokeStyle = "rgba(255,255,255,0.92)";
  context.strokeText(label, x, y);
  context.fillStyle = "#1d1d1f";
  context.fillText(label, x, y);
};

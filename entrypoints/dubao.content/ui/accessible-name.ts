/**
 * A button's accessible name that contains its visible face (WCAG 2.5.3, label in name): a reader
 * who says "click 拼" by voice, or sees 拼 and hears the name, finds the same button. The face goes
 * first unless the label already has it (显示繁体字 has 繁).
 */
export function nameWithFace(face: string, label: string): string {
  return label.includes(face) ? label : `${face} ${label}`;
}

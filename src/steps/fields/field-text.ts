export type FieldText = { label: string; unit?: string; help: string };

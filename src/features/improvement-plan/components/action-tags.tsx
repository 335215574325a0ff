import { Tag } from "@/components/data/tag";
import { RAG_LABELS, RAG_TONES, STATUS_LABELS, STATUS_TONES, type ActionStatus, type Rag } from "../domain";

/** Status and RAG as words; colour only helps a reader scan. */
export function StatusTag({ status }: { status: ActionStatus }) {
  return <Tag tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Tag>;
}

export function RagTag({ rag }: { rag: Rag }) {
  return <Tag tone={RAG_TONES[rag]}>{RAG_LABELS[rag]}</Tag>;
}

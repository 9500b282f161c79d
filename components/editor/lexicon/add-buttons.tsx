import { BUTTON, PRIMARY_BUTTON } from "../form-styles";

/** The two buttons under a form that adds a term, an actor or an event: add (submits) and cancel. */
export function AddButtons({ addLabel, cancelLabel, onCancel }: { addLabel: string; cancelLabel: string; onCancel: () => void }) {
  return (
    <div className="flex gap-2">
      <button type="submit" className={PRIMARY_BUTTON}>
        {addLabel}
      </button>
      <button type="button" className={BUTTON} onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}

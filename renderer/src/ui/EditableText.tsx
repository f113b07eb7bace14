/** Text that turns into an input on double-click (or when `editing` is forced); Enter commits, Esc cancels, leaving (blur) commits. */
import { useEffect, useRef, useState } from 'react';

export function EditableText(props: {
  value: string;
  onCommit: (value: string) => void;
  label: string;
  className?: string;
  editing?: boolean;
  onEditingChange?: (editing: boolean) => void;
  /** The longest value the document accepts; a longer one (a paste) is cut to it and `onCut` says so. */
  maxLength?: number;
  onCut?: () => void;
}) {
  const [local, setLocal] = useState(false);
  const editing = props.editing ?? local;
  const setEditing = (value: boolean) => {
    setLocal(value);
    props.onEditingChange?.(value);
  };
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (editing) input.current?.select();
  }, [editing]);
  if (!editing) {
    return (
      <span className={props.className} onDoubleClick={() => setEditing(true)} title={props.value}>
        {props.value}
      </span>
    );
  }
  const commit = () => {
    let value = input.current?.value.trim() ?? '';
    setEditing(false);
    if (props.maxLength !== undefined && value.length > props.maxLength) {
      // Never leave half of a surrogate pair (an emoji) at the cut.
      value = value.slice(0, props.maxLength).replace(/[\uD800-\uDBFF]$/, '').trimEnd();
      props.onCut?.();
    }
    if (value && value !== props.value) props.onCommit(value);
  };
  return (
    <input
      ref={input}
      className={`inline-edit ${props.className ?? ''}`}
      defaultValue={props.value}
      aria-label={props.label}
      onBlur={commit}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') commit();
        else if (event.key === 'Escape') setEditing(false);
      }}
    />
  );
}

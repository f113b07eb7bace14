/** Text that turns into an input on double-click (or when `editing` is forced); Enter commits, Esc cancels. */
import { useEffect, useRef, useState } from 'react';

export function EditableText(props: {
  value: string;
  onCommit: (value: string) => void;
  label: string;
  className?: string;
  editing?: boolean;
  onEditingChange?: (editing: boolean) => void;
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
    const value = input.current?.value.trim() ?? '';
    setEditing(false);
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

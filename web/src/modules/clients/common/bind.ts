import type { GetInputPropsReturnType, LooseKeys, UseFormReturnType } from '@mantine/form';

/** The props of one form field, read-only for a user without the edit right. */
export type Bind = (path: string, options?: { type?: 'checkbox' | 'select' | 'date' }) => GetInputPropsReturnType & { readOnly?: boolean; disabled?: boolean };

/** Binds fields by path (`addresses.0.city`) so that area components can serve several forms. */
export function binder<V>(form: UseFormReturnType<V>, readOnly = false): Bind {
  return (path, options) => {
    if (options?.type === 'select' || options?.type === 'date') {
      // A form holds '' for "nothing chosen"; a Select or a date field shows that as null (placeholder).
      const props = form.getInputProps(path as LooseKeys<V>);
      return { ...props, value: props.value || null, onChange: (value: string | null) => props.onChange(value ?? ''), readOnly };
    }
    const props = form.getInputProps(path as LooseKeys<V>, options?.type === 'checkbox' ? { type: 'checkbox' } : undefined);
    return options?.type === 'checkbox' ? { ...props, disabled: readOnly } : { ...props, readOnly };
  };
}

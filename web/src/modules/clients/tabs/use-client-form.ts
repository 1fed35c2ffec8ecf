import { useEffect } from 'react';
import { useForm, type UseFormReturnType } from '@mantine/form';

/**
 * A form over one area of a card, filled from the server's values; refilled when they change (after a
 * save, or a refresh) unless the user has unsaved changes.
 */
export function useClientForm<V extends object>(fromServer: V): UseFormReturnType<V> {
  const form = useForm<V>({ mode: 'controlled', initialValues: fromServer });
  const key = JSON.stringify(fromServer);
  useEffect(() => {
    if (!form.isDirty()) {
      form.setInitialValues(fromServer);
      form.setValues(fromServer);
      form.resetDirty(fromServer);
    }
    // Only when the server's values change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return form;
}

/** After a successful save: the server's (normalized) values become the form's clean state. */
export function acceptSaved<V extends object>(form: UseFormReturnType<V>, values: V): void {
  form.setInitialValues(values);
  form.setValues(values);
  form.resetDirty(values);
}

/** Moves the focus to the first field with an error (after the errors are rendered). */
export function focusFirstError(root: HTMLElement | null): void {
  setTimeout(() => {
    const field = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
    field?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, 50);
}

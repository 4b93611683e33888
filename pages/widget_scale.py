"""The input of a scale: an answer 1…n whose points have words (an SKM answer, 1 tidak baik … 4
sangat baik), as a row of labelled buttons big enough for a thumb, beside a one-digit box.

A field is a scale when one of its validators carries `scale`, the words of its points in order
(models.pelayanan.AnswerValidator); the column keeps the number. The box is the keyboard's way: one
Tab stop per answer, a digit key picks the point, the arrows step it; the buttons are the phone's
way and are no Tab stops, so nine answers cost nine Tabs and nine digits. The box holds the number
as text, like every typed input, and the save reads it through the field registry.
"""
from __future__ import annotations

from typing import Any

from nicegui import ui

from locales import t

STEPS = {'ArrowUp': 1, 'ArrowRight': 1, 'ArrowDown': -1, 'ArrowLeft': -1}
# a digit or an arrow is taken by the server (it sets the box and the buttons); the rest types as usual
KEYS_JS = """(e) => {
  if (/^[1-9]$/.test(e.key) || ['ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft'].includes(e.key)) {
    e.preventDefault(); emit(e.key);
  }
}"""
# On a phone the buttons take their own line under the box: beside it they left the question's
# label 28 px, so "U2 Sistem, Mekanisme, dan Prosedur" read "U…". Added once, for every page.
SCALE_CSS = """@media (max-width: 599.98px) {
  .scale-field { flex-wrap: wrap; }
  .scale-field > .q-field__inner { flex: 1 1 100%; }
  .scale-field > .q-field__after { width: 100%; height: auto; padding-left: 0; }
  .scale-field .scale-buttons { min-width: 0 !important; width: 100%; }
}"""
ui.add_css(SCALE_CSS, shared=True)


def scale_words(field) -> tuple[str, ...]:
    """The words of the points 1, 2, … of a scale field, or () when the field is no scale."""
    for validator in field.validators:
        if words := getattr(validator, 'scale', None):
            return tuple(words)
    return ()


class ScaleInput(ui.input):
    """A one-digit box holding the point as text ('3'), with a button per point after it."""

    def __init__(self, label: str, value: Any, words: tuple[str, ...], *, readonly: bool = False) -> None:
        self.words = words
        self.buttons: ui.element | None = None
        super().__init__(label, value='' if value is None else str(value))
        self.classes('scale-field')
        self.props(f'stack-label inputmode=numeric maxlength=1 input-class="text-center text-h6" '
                   f'hint="{t("formulir.skala.petunjuk", awal=1, akhir=len(words))}"')
        with self.add_slot('after'):
            self.buttons = ui.element('q-btn-toggle').props(
                'spread no-caps unelevated toggle-color=primary color=grey-2 text-color=grey-9 padding="10px 4px"') \
                .classes('scale-buttons').style('min-height: 48px; min-width: min(20rem, 70vw)')
            self.buttons.props['options'] = [
                {'value': point, 'label': f'{point} {word}', 'tabindex': -1}
                for point, word in enumerate(words, start=1)]
            # QBtnToggle emits (value, option): only the value is sent, so a tap is a number here
            self.buttons.on('update:model-value', lambda e: self.pick(e.args), js_handler='(value) => emit(value)')
        if readonly:
            self.props('readonly tabindex=-1')
            self.buttons.props('disable')
        else:
            self.on('keydown', lambda e: self.key(e.args), js_handler=KEYS_JS)
        self.show_point()

    @property
    def point(self) -> int | None:
        """The point the box holds, or None (empty, or a text that is no point of the scale)."""
        text = str(self.value or '').strip()
        return int(text) if text.isdigit() and 1 <= int(text) <= len(self.words) else None

    def pick(self, point: Any) -> None:
        if isinstance(point, int) and 1 <= point <= len(self.words):
            self.value = str(point)

    def key(self, key: Any) -> None:
        """A digit picks its point; an arrow steps from the point held (from the first when empty)."""
        if isinstance(key, str) and key.isdigit():
            self.pick(int(key))
        elif key in STEPS:
            current = self.point
            self.pick(1 if current is None else min(len(self.words), max(1, current + STEPS[key])))

    def _handle_value_change(self, value: Any) -> None:
        super()._handle_value_change(value)
        self.show_point()

    def show_point(self) -> None:
        if self.buttons is None:
            return
        self.buttons.props['model-value'] = self.point
        self.buttons.update()


def scale_input(name: str, label: str, value: Any, words: tuple[str, ...], *, readonly: bool = False) -> ScaleInput:
    """The input of the scale field `name` (pages.widgets.build_input), a whole row of the form."""
    element = ScaleInput(label, value, words, readonly=readonly).mark(f'field-{name}').classes('w-full col-span-full')
    element.buttons.mark(f'skala-{name}')
    return element

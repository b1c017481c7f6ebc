"""The edges and focus ring Fusion leaves faint: drawn over Fusion's own drawing."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption

from companion.ui import style


class OutlinedStyle(QProxyStyle):
    """Fusion, with visible edges on check boxes, radio buttons and text fields, and a clear
    ring on whatever has keyboard focus.

    Both are drawn over Fusion's own drawing (style.OUTLINE, style.FOCUS), so check marks,
    hover and pressed looks stay Fusion's.
    """

    _EDGED = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        QStyle.PrimitiveElement.PE_FrameLineEdit,
    )

    _RINGED = (
        QStyle.PrimitiveElement.PE_PanelButtonCommand,
        QStyle.PrimitiveElement.PE_PanelButtonTool,
        QStyle.PrimitiveElement.PE_FrameLineEdit,
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    )

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: ANN001
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            # The current cell of a table, a tab, a check box's label: one clear line.
            _edge(painter, option, colour=_focus_colour())
            return
        super().drawPrimitive(element, option, painter, widget)
        radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if element in self._EDGED:
            _edge(painter, option, round_=radio)
        if element in self._RINGED and _focused(option):
            _edge(painter, option, round_=radio, colour=_focus_colour(), width=2)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: ANN001
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_SpinBox:  # Fusion draws its frame itself
            _edge(painter, option)
        fields = (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox)
        if control in fields and _focused(option):
            _edge(painter, option, colour=_focus_colour(), width=2)


def _focused(option: QStyleOption) -> bool:
    state = option.state
    return bool(state & QStyle.StateFlag.State_HasFocus) and bool(
        state & QStyle.StateFlag.State_Enabled
    )


def _focus_colour() -> QColor:
    return QColor(style.FOCUS[1 if style.is_dark() else 0])


def _edge(
    painter: QPainter,
    option: QStyleOption,
    *,
    round_: bool = False,
    colour: QColor | None = None,
    width: int = 1,
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if colour is None:
        colour = QColor(style.OUTLINE[1 if style.is_dark() else 0])
        if not option.state & QStyle.StateFlag.State_Enabled:
            colour.setAlpha(110)
    painter.setPen(QPen(colour, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = width / 2
    rect = QRectF(option.rect).adjusted(inset, inset, -inset, -inset)
    if round_:
        painter.drawEllipse(rect)
    else:
        painter.drawRoundedRect(rect, 2, 2)
    painter.restore()

package org.semanticinpaint.ij.gui;

import java.awt.Color;
import java.awt.EventQueue;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;

import ij.gui.ImageWindow;
import ij.gui.Toolbar;

/**
 * The class picked in the palette is ImageJ's foreground colour only while the label window is active: the brush
 * writes the class id there, but one click into the original must paint the user's own colour, not a class colour.
 * Listens to the label window and the palette: the class colour is set when the label window is activated, and
 * the user's colour comes back when another image window (the original, say) is activated or the label window
 * closes.
 */
final class ClassColour extends WindowAdapter {

	private final Window labels, palette;
	private Color chosen; // null until a class is picked
	private Color user;

	ClassColour(Window labels, Window palette) {
		this.labels = labels;
		this.palette = palette;
		if (labels != null) labels.addWindowListener(this);
		palette.addWindowListener(this);
	}

	/** Picks a class: remembers the user's colour (unless it is a class colour we set) and sets the class's. */
	void choose(Color c) {
		remember();
		chosen = c;
		Toolbar.setForegroundColor(c);
	}

	@Override
	public void windowActivated(WindowEvent e) {
		if (chosen == null || e.getWindow() != labels) return;
		remember();
		Toolbar.setForegroundColor(chosen);
	}

	@Override
	public void windowDeactivated(WindowEvent e) {
		Window to = e.getOppositeWindow();
		if (to != null) {
			if (isOtherImage(to)) restore();
			return;
		}
		// no opposite window (no window manager, or focus left Java): decide once the focus has settled
		EventQueue.invokeLater(() -> {
			Window active = KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
			if (active == labels && chosen != null) Toolbar.setForegroundColor(chosen);
			else if (isOtherImage(active)) restore();
		});
	}

	/**
	 * Whether the focus went to another image (the original, say): only there must the user's colour be back.
	 * ImageJ's own window (to pick the Paintbrush), the palette or a dialog keep the class colour.
	 */
	private boolean isOtherImage(Window w) {
		return w instanceof ImageWindow && w != labels;
	}

	@Override
	public void windowClosed(WindowEvent e) {
		restore();
	}

	void restore() {
		if (chosen != null && user != null && chosen.equals(Toolbar.getForegroundColor()))
			Toolbar.setForegroundColor(user);
	}

	/** The current colour is the user's unless it is the class colour (a colour picked meanwhile is kept). */
	private void remember() {
		Color now = Toolbar.getForegroundColor();
		if (!now.equals(chosen)) user = now;
	}
}

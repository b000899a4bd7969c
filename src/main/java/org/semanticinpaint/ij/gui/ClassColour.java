package org.semanticinpaint.ij.gui;

import java.awt.Color;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;

import ij.gui.Toolbar;

/**
 * The class picked in the palette is ImageJ's foreground colour only while the label window is active: the brush
 * writes the class id there, but one click into the original must paint the user's own colour, not a class colour.
 * Listens to the label window and the palette: the class colour is set when the label window is activated, and
 * the user's colour comes back when the focus leaves both (for the original, say) or the label window closes.
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
		if (to == null || (to != labels && to != palette)) restore(); // null: focus left Java, or unknown
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

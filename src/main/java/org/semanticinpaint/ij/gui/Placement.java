package org.semanticinpaint.ij.gui;

import java.awt.Dimension;
import java.awt.GraphicsConfiguration;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;

/**
 * Where to put a window next to another so that it is fully on screen and covers neither that window nor, if
 * possible, others the user is looking at: right of the anchor, else left, below or above it, else as close as the
 * screen allows. (A palette opened at x = 1497 on a 1600-pixel screen hid its Render buttons.)
 */
public final class Placement {

	static final int GAP = 4;

	private Placement() {}

	/** Moves {@code w} beside {@code anchor}, on the anchor's screen, avoiding {@code others} where it can. */
	public static void place(Window w, Window anchor, Window... others) {
		Rectangle[] avoid = new Rectangle[others.length];
		for (int i = 0; i < others.length; i++) avoid[i] = others[i] == null ? new Rectangle() : others[i].getBounds();
		w.setLocation(beside(anchor.getBounds(), w.getSize(), usableScreen(anchor), avoid));
	}

	public static Point beside(Rectangle anchor, Dimension size, Rectangle screen, Rectangle... avoid) {
		Point[] candidates = { new Point(anchor.x + anchor.width + GAP, anchor.y),
			new Point(anchor.x - size.width - GAP, anchor.y), new Point(anchor.x, anchor.y + anchor.height + GAP),
			new Point(anchor.x, anchor.y - size.height - GAP) };
		Point fallback = null;
		for (Point p : candidates) {
			Rectangle r = new Rectangle(inside(p, size, screen), size);
			if (r.intersects(anchor)) continue;
			if (fallback == null) fallback = r.getLocation();
			if (!intersectsAny(r, avoid)) return r.getLocation();
		}
		return fallback != null ? fallback : inside(candidates[0], size, screen);
	}

	/** The nearest position at which the whole window is on screen (its top left corner wins if it is too big). */
	static Point inside(Point p, Dimension size, Rectangle screen) {
		int x = Math.max(screen.x, Math.min(p.x, screen.x + screen.width - size.width));
		int y = Math.max(screen.y, Math.min(p.y, screen.y + screen.height - size.height));
		return new Point(x, y);
	}

	private static boolean intersectsAny(Rectangle r, Rectangle[] others) {
		for (Rectangle o : others) if (r.intersects(o)) return true;
		return false;
	}

	/** The screen the window is on, without task bars and docks. */
	private static Rectangle usableScreen(Window w) {
		GraphicsConfiguration gc = w.getGraphicsConfiguration();
		Rectangle b = gc.getBounds();
		Insets in = Toolkit.getDefaultToolkit().getScreenInsets(gc);
		return new Rectangle(b.x + in.left, b.y + in.top, b.width - in.left - in.right, b.height - in.top - in.bottom);
	}
}

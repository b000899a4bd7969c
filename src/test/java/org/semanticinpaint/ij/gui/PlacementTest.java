package org.semanticinpaint.ij.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;

import org.junit.jupiter.api.Test;

class PlacementTest {

	private static final Rectangle SCREEN = new Rectangle(0, 0, 1600, 1000);
	private static final Dimension PALETTE = new Dimension(240, 330);

	@Test
	void rightOfTheAnchorWhenItFits() {
		Point p = Placement.beside(new Rectangle(100, 120, 520, 640), PALETTE, SCREEN);
		assertEquals(new Point(100 + 520 + Placement.GAP, 120), p);
	}

	@Test
	void neverOffScreenNorOverTheAnchor() {
		// the label window at the right edge (the palette used to open at x = 1497 here)
		Rectangle labels = new Rectangle(1050, 120, 520, 640);
		Rectangle r = new Rectangle(Placement.beside(labels, PALETTE, SCREEN), PALETTE);
		assertTrue(SCREEN.contains(r), r.toString());
		assertFalse(r.intersects(labels), r.toString());
	}

	@Test
	void avoidsTheOriginalWhenThereIsRoom() {
		Rectangle original = new Rectangle(1060, 120, 520, 640), labels = new Rectangle(530, 120, 520, 640);
		Rectangle r = new Rectangle(Placement.beside(labels, PALETTE, SCREEN, original), PALETTE);
		assertTrue(SCREEN.contains(r) && !r.intersects(labels) && !r.intersects(original), r.toString());
	}

	@Test
	void aWindowLargerThanTheScreenKeepsItsTopLeftCornerOnScreen() {
		Point p = Placement.beside(new Rectangle(0, 0, 100, 100), new Dimension(2000, 1200), SCREEN);
		assertTrue(p.x >= 0 && p.y >= 0, p.toString());
	}
}

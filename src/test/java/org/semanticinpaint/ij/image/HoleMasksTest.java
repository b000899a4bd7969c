package org.semanticinpaint.ij.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedByteType;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.engine.InpaintException;

class HoleMasksTest {

	@Test
	void aLineSelectionFillsAsWideAsItIsDrawn() throws Exception {
		ij.gui.Line line = new ij.gui.Line(10, 40, 90, 40);
		line.setStrokeWidth(5);
		RandomAccessibleInterval<UnsignedByteType> m = HoleMasks.fromSelection(line, 100, 80);
		int n = 0;
		RandomAccess<UnsignedByteType> ra = m.randomAccess();
		for (long y = m.min(1); y <= m.max(1); y++)
			for (long x = m.min(0); x <= m.max(0); x++) if (ra.setPositionAndGet(x, y).get() != 0) {
				n++;
				assertTrue(Math.abs(y - 40) <= 3, "(" + x + ", " + y + ") is off the line");
			}
		assertEquals(80 * 5, n, 2 * 5);
	}

	@Test
	void aCompositeSelectionBecomesAMaskOverItsBoundsOnly() throws Exception {
		Roi roi = new ShapeRoi(new Roi(10, 10, 5, 5)).or(new ShapeRoi(new OvalRoi(40, 30, 10, 10)));
		RandomAccessibleInterval<UnsignedByteType> m = HoleMasks.fromSelection(roi, 100, 80);
		assertEquals(10, m.min(0));
		assertEquals(10, m.min(1));
		assertEquals(40, m.dimension(0));
		RandomAccess<UnsignedByteType> ra = m.randomAccess();
		assertEquals(255, ra.setPositionAndGet(12, 12).get());
		assertEquals(0, ra.setPositionAndGet(30, 12).get(), "between the two parts");
		assertEquals(255, ra.setPositionAndGet(45, 35).get());
		assertEquals(0, ra.setPositionAndGet(40, 30).get(), "the oval's corner is outside it");
	}

	@Test
	void aSelectionPartlyOutsideIsClipped() throws Exception {
		RandomAccessibleInterval<UnsignedByteType> m = HoleMasks.fromSelection(new Roi(90, -5, 30, 20), 100, 80);
		assertEquals(99, m.max(0));
		assertEquals(0, m.min(1));
	}

	@Test
	void badSelectionsAreNamed() {
		assertTrue(assertThrows(InpaintException.class, () -> HoleMasks.fromSelection(null, 10, 10)).getMessage()
			.contains("no selection"));
		assertTrue(assertThrows(InpaintException.class, () -> HoleMasks.fromSelection(new Roi(50, 50, 5, 5), 10, 10))
			.getMessage().contains("outside"));
		assertTrue(assertThrows(InpaintException.class, () -> HoleMasks.fromMaskImage(
			new ImagePlus("m", new ByteProcessor(5, 5)), 10, 10)).getMessage().contains("5 x 5"));
	}

	@Test
	void holeValues() {
		FloatProcessor fp = new FloatProcessor(20, 10);
		fp.setf(3, 4, Float.NaN);
		assertEquals(255, HoleMasks.valueMask(fp, Double.NaN).get(3, 4));
		assertEquals(0, HoleMasks.valueMask(fp, Double.NaN).get(4, 4));
		ShortProcessor sp = new ShortProcessor(20, 10);
		sp.set(1000);
		assertNull(HoleMasks.valueMask(sp, 0));
		sp.set(5, 5, 0);
		assertEquals(255, HoleMasks.valueMask(sp, 0).get(5, 5));
		ColorProcessor cp = new ColorProcessor(20, 10);
		cp.set(0xffffff);
		cp.set(2, 2, 0);
		assertEquals(255, HoleMasks.valueMask(cp, 0).get(2, 2));
		assertEquals(0, HoleMasks.valueMask(cp, 0).get(3, 2));
	}

	@Test
	void aHoleValueViewIsTheMaskWithoutAllocatingIt() {
		ShortProcessor sp = new ShortProcessor(30, 20);
		sp.set(1000);
		assertFalse(HoleMasks.hasValue(sp, 0));
		sp.set(7, 9, 0);
		sp.set(29, 19, 0);
		assertTrue(HoleMasks.hasValue(sp, 0));
		net.imglib2.RandomAccessibleInterval<net.imglib2.type.numeric.integer.UnsignedByteType> v =
			HoleMasks.valueView(sp, 0);
		assertEquals(30, v.dimension(0));
		assertEquals(20, v.dimension(1));
		ByteProcessor m = HoleMasks.valueMask(sp, 0);
		net.imglib2.RandomAccess<net.imglib2.type.numeric.integer.UnsignedByteType> ra = v.randomAccess();
		for (int y = 0; y < 20; y++)
			for (int x = 0; x < 30; x++) {
				ra.setPosition(new int[] { x, y });
				assertEquals(m.get(x, y), ra.get().get(), x + "," + y);
			}
		assertFalse(v instanceof net.imglib2.img.Img, "no image was allocated");
	}
}

package org.semanticinpaint.ij.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;

import org.junit.jupiter.api.Test;

/** Hole regions are counted 8-connected, from any mask the engine takes, without an image-sized array. */
class HoleRegionsTest {

	@Test
	void countsSeparateRegions() throws Exception {
		ByteProcessor m = new ByteProcessor(100, 80);
		assertEquals(0, HoleRegions.count(PlaneImages.wrap(m)));
		m.setColor(255);
		m.fill(new Roi(5, 5, 10, 10));
		m.fill(new OvalRoi(40, 30, 20, 20));
		m.set(80, 70, 1);
		m.set(81, 71, 1); // diagonal neighbours: one region
		assertEquals(3, HoleRegions.count(PlaneImages.wrap(m)));
	}

	@Test
	void aUShapeIsOneRegion() throws Exception {
		ByteProcessor m = new ByteProcessor(60, 60);
		m.setColor(255);
		m.fill(new Roi(10, 10, 5, 40));
		m.fill(new Roi(40, 10, 5, 40));
		m.fill(new Roi(10, 45, 35, 5)); // joined only at the bottom, after both arms got their own labels
		assertEquals(1, HoleRegions.count(PlaneImages.wrap(m)));
	}

	@Test
	void selectionsAndValueViewsToo() throws Exception {
		ShapeRoi two = new ShapeRoi(new Roi(10, 10, 20, 20)).or(new ShapeRoi(new OvalRoi(60, 60, 20, 20)));
		assertEquals(2, HoleRegions.count(HoleMasks.fromSelection(two, 100, 100)));
		FloatProcessor fp = new FloatProcessor(50, 50);
		Random r = new Random(7);
		for (int i = 0; i < fp.getPixelCount(); i++) fp.setf(i, 1 + r.nextFloat());
		fp.setf(3, 3, Float.NaN);
		fp.setf(40, 40, Float.NaN);
		assertEquals(2, HoleRegions.count(HoleMasks.valueView(fp, Double.NaN)));
	}
}

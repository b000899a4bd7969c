package org.semanticinpaint.ij.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.junit.jupiter.api.Test;

/** The wrappers share the plane's memory in ImageJ's x-fastest order: reads and writes go straight through. */
class PlaneImagesTest {

	@Test
	void grayPlanesAreXY() {
		for (ImageProcessor ip : new ImageProcessor[] { new ByteProcessor(7, 5), new ShortProcessor(7, 5),
			new FloatProcessor(7, 5) }) {
			ip.setf(3, 2, 200);
			RandomAccessibleInterval<? extends RealType<?>> r = PlaneImages.wrap(ip);
			assertEquals(2, r.numDimensions());
			RandomAccess<? extends RealType<?>> ra = r.randomAccess();
			assertEquals(200, ra.setPositionAndGet(3, 2).getRealDouble(), 0);
			ra.setPositionAndGet(6, 4).setReal(77);
			assertEquals(77, ip.getf(6, 4), 0);
		}
	}

	@Test
	void rgbPlanesAreXYC() {
		ColorProcessor cp = new ColorProcessor(4, 3);
		cp.set(1, 2, 0x10f030);
		RandomAccessibleInterval<? extends RealType<?>> r = PlaneImages.wrap(cp);
		assertEquals(3, r.dimension(2));
		RandomAccess<? extends RealType<?>> ra = r.randomAccess();
		assertEquals(0x10, ra.setPositionAndGet(1, 2, 0).getRealDouble(), 0);
		assertEquals(0xf0, ra.setPositionAndGet(1, 2, 1).getRealDouble(), 0);
		assertEquals(0x30, ra.setPositionAndGet(1, 2, 2).getRealDouble(), 0);
	}
}

package org.semanticinpaint.data.masks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HoleBoundsTest {

	@Test
	void boxesTheMissingPixels() {
		boolean[] hole = new boolean[10 * 10];
		hole[2 * 10 + 3] = true;
		hole[7 * 10 + 5] = true;
		assertEquals(new HoleBounds(3, 2, 5, 7), HoleBounds.of(hole, 10));
		assertEquals(3, HoleBounds.of(hole, 10).width());
		assertEquals(6, HoleBounds.of(hole, 10).height());
	}

	@Test
	void anEmptyHoleHasNoBox() {
		assertNull(HoleBounds.of(new boolean[16], 4));
	}
}

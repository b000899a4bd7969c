package org.semanticinpaint.eval.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.data.InstanceToClasses;

/** The edited guidance: a disc at the centre of a 32 x 32 hole in a 64 x 64 background crop. */
class CaseEvaluatorTest {

	private static final int S = 64;

	@Test
	void paintsADiscOfTheClassInsideTheHoleOnly() {
		byte[] edited = CaseEvaluator.edit(new byte[S * S], hole(), S, 1, 0);
		int n = 0;
		for (int i = 0; i < edited.length; i++) {
			if (edited[i] != 0) {
				n++;
				assertTrue(hole()[i], "painted outside the hole at " + i);
				assertEquals(1, edited[i]);
			}
		}
		// radius 31 / 4 + 2 = 9.75 px: about 300 pixels
		assertTrue(n > 280 && n < 320, n + " pixels painted");
		assertEquals(1, edited[S / 2 * S + S / 2]);
	}

	@Test
	void aPaintedObjectGetsTheBoundaryBandOfTheLabels() {
		byte[] plain = CaseEvaluator.edit(new byte[S * S], hole(), S, InstanceToClasses.OBJECT, 0);
		byte[] outlined = CaseEvaluator.edit(new byte[S * S], hole(), S, InstanceToClasses.OBJECT, 3);
		int band = 0;
		for (int i = 0; i < plain.length; i++) {
			assertEquals(plain[i] != 0, outlined[i] != 0, "the band lies inside the disc, at " + i);
			if (outlined[i] == InstanceToClasses.BOUNDARY) {
				band++;
				continue;
			}
			// an object pixel is at least 3 pixels from the outside, as in labels read from instance IDs
			if (outlined[i] == InstanceToClasses.OBJECT) for (int d = -2; d <= 2; d++) {
				assertTrue(outlined[i + d] != 0 && outlined[i + d * S] != 0, "object pixel near the rim at " + i);
			}
		}
		assertTrue(band > 120 && band < 200, band + " band pixels");
		assertEquals(InstanceToClasses.OBJECT, outlined[S / 2 * S + S / 2]);
	}

	@Test
	void onlyAnObjectIsOutlined() {
		byte[] edited = CaseEvaluator.edit(new byte[S * S], hole(), S, 3, 3);
		for (byte b : edited) assertTrue(b == 0 || b == 3);
	}

	private static boolean[] hole() {
		boolean[] h = new boolean[S * S];
		for (int y = S / 4; y < 3 * S / 4; y++) for (int x = S / 4; x < 3 * S / 4; x++) h[y * S + x] = true;
		return h;
	}
}

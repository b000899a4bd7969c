package org.semanticinpaint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.bundle.ModelCard;
import org.semanticinpaint.bundle.TestBundles;

class ImageProblemTest {

	private final ModelCard gray = TestBundles.card(1, 3, 64);

	@Test
	void wrongChannelsAreNamedWithTheNumbers() {
		ImageProblem p = assertThrows(ImageProblem.class, () -> ImageProblem.check(gray, 100, 80, 3));
		assertEquals(ImageProblem.Reason.CHANNELS, p.reason());
		assertEquals(new ImageProblem.Size(100, 80, 3), p.image());
		assertEquals(gray.name, p.model());
		assertEquals(1, p.modelChannels());
		assertEquals("The image has 3 channel(s) but the model '" + gray.name + "' expects 1 (grayscale). Choose " +
			"a RGB model.", p.getMessage());
	}

	@Test
	void eitherSideUnderTheMinimumIsTooSmall() throws Exception {
		int min = ImageProblem.MIN_SIDE;
		for (int[] wh : new int[][] { { min - 1, 500 }, { 500, min - 1 } }) {
			ImageProblem p = assertThrows(ImageProblem.class, () -> ImageProblem.check(gray, wh[0], wh[1], 1));
			assertEquals(ImageProblem.Reason.TOO_SMALL, p.reason());
			assertTrue(p.getMessage().contains(wh[0] + " x " + wh[1] + " pixels"), p.getMessage());
		}
		ImageProblem.check(gray, min, min, 1);
	}

	/** A user interface rewords the problem; the reason and the numbers stay. */
	@Test
	void rewordingKeepsTheFacts() {
		ImageProblem p = assertThrows(ImageProblem.class, () -> ImageProblem.check(gray, 10, 10, 1));
		ImageProblem q = p.withMessage("too small");
		assertEquals("too small", q.getMessage());
		assertEquals(p.reason(), q.reason());
		assertEquals(p.image(), q.image());
	}
}

package org.semanticinpaint.train;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import java.nio.file.Path;

import org.semanticinpaint.bundle.TfConfig;
import org.semanticinpaint.bundle.BundleException;
import org.semanticinpaint.bundle.BundlePreflight;
import org.semanticinpaint.bundle.BundleTrust;
import org.semanticinpaint.nets.Weights;
import org.tensorflow.GraphOperation;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/** Reads every variable of a loaded SavedModel back into {@link Weights} (to resume training from a bundle). */
public final class WeightsReader {

	private WeightsReader() {}

	/**
	 * The weights of one network folder of a bundle, without checking its signature against the current contract:
	 * training resumes from bundles of an older format too (layers that were renamed start afresh).
	 */
	public static Weights read(Path savedModel) throws BundleException {
		// weights may come from someone else's bundle (--segment-from): its graph is checked like a loaded one's
		BundlePreflight.verifyGraph(savedModel, BundleTrust.fromSystemProperty());
		try (SavedModelBundle b = SavedModelBundle.load(savedModel.toString(), "serve")) {
			return read(b);
		}
		catch (TensorFlowException | IllegalArgumentException e) {
			throw new BundleException(savedModel + " is not a readable SavedModel: " + e.getMessage(), e);
		}
	}

	public static Weights read(SavedModelBundle model) {
		List<String> names = new ArrayList<>();
		for (Iterator<GraphOperation> it = model.graph().operations(); it.hasNext();) {
			GraphOperation op = it.next();
			if (op.type().equals("VariableV2") || op.type().equals("Variable")) names.add(op.name());
		}
		Weights w = new Weights();
		if (names.isEmpty()) return w;
		Session.Runner r = model.session().runner();
		names.forEach(r::fetch);
		try (Result res = r.run()) {
			for (int i = 0; i < names.size(); i++) {
				Tensor t = res.get(i);
				TFloat32 f = (TFloat32) t;
				float[] a = new float[(int) f.shape().size()];
				f.copyTo(DataBuffers.of(a, false, false));
				w.put(names.get(i), f.shape().asArray(), a);
			}
		}
		return w;
	}
}

// Maximum likelihood on positive parameters: numeric's `uncmin` (BFGS with a line search) over
// log-parameters, restarted from its own optimum until it stops improving, then standard errors from
// the observed information (the numerical Hessian of the log-likelihood at the optimum, inverted).
import numeric from 'numeric';
import { Matrix, inverse } from 'ml-matrix';

export interface Fit<P extends string> {
  params: Record<P, number>;
  /** Standard errors from the inverse observed information (NaN when the Hessian is singular). */
  se: Record<P, number>;
  /** Covariance matrix of the estimates, in `names` order. */
  covariance: number[][];
  logLikelihood: number;
  evaluations: number;
}

/** The log-likelihood's gradient with respect to the (natural) parameters. */
export type Gradient = (theta: readonly number[]) => number[];

export function maximiseLikelihood<P extends string>(
  names: readonly P[],
  logLikelihood: (theta: readonly number[]) => number,
  start: readonly number[],
  scale: number,
  gradient?: Gradient,
): Fit<P> {
  let evaluations = 0;
  // Per-observation scale keeps the optimiser's tolerance meaningful whatever the sample size.
  const objective = (logTheta: number[]) => {
    evaluations++;
    const ll = logLikelihood(logTheta.map(Math.exp));
    return Number.isFinite(ll) ? -ll / scale : Number.MAX_VALUE;
  };
  // d(−ll/scale)/d(log θ) = −θ · dll/dθ / scale; without an analytic gradient, uncmin differentiates.
  const objectiveGradient = gradient
    ? (logTheta: number[]) => {
        const theta = logTheta.map(Math.exp);
        return gradient(theta).map((g, i) => (-g * theta[i]!) / scale);
      }
    : undefined;
  let best = { x: start.map(Math.log), fx: objective(start.map(Math.log)) };
  for (let round = 0; round < 5; round++) {
    const next = numeric.uncmin(objective, best.x.slice(), 1e-10, objectiveGradient, 1000);
    const improved = best.fx - next.f;
    if (next.f <= best.fx) best = { x: next.solution, fx: next.f };
    if (improved < 1e-12) break;
  }
  const theta = best.x.map(Math.exp);
  const covariance = invert(negate(gradient ? jacobian(gradient, theta) : hessian(logLikelihood, theta)));
  const params = {} as Record<P, number>;
  const se = {} as Record<P, number>;
  names.forEach((name, i) => {
    params[name] = theta[i]!;
    const v = covariance[i]?.[i];
    se[name] = v !== undefined && v > 0 ? Math.sqrt(v) : Number.NaN;
  });
  return { params, se, covariance, logLikelihood: logLikelihood(theta), evaluations };
}

const step = (t: number) => 1e-4 * Math.max(Math.abs(t), 1e-3);

/** The Hessian as central differences of an analytic gradient (2k gradient calls), symmetrised. */
export function jacobian(gradient: Gradient, theta: readonly number[]): number[][] {
  const k = theta.length;
  const columns = theta.map((t, j) => {
    const xp = theta.slice();
    const xm = theta.slice();
    xp[j] = t + step(t);
    xm[j] = t - step(t);
    const gp = gradient(xp);
    const gm = gradient(xm);
    return gp.map((g, i) => (g - gm[i]!) / (2 * step(t)));
  });
  return Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => (columns[j]![i]! + columns[i]![j]!) / 2),
  );
}

/** Central-difference Hessian with relative steps. */
export function hessian(f: (theta: readonly number[]) => number, theta: readonly number[]): number[][] {
  const k = theta.length;
  const h = theta.map(step);
  const at = (di: number, si: number, dj: number, sj: number) => {
    const x = theta.slice();
    x[di]! += si * h[di]!;
    x[dj]! += sj * h[dj]!;
    return f(x);
  };
  const f0 = f(theta);
  const out = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < k; i++) {
    const xp = theta.slice();
    const xm = theta.slice();
    xp[i]! += h[i]!;
    xm[i]! -= h[i]!;
    out[i]![i] = (f(xp) - 2 * f0 + f(xm)) / (h[i]! * h[i]!);
    for (let j = 0; j < i; j++) {
      const v = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * h[i]! * h[j]!);
      out[i]![j] = v;
      out[j]![i] = v;
    }
  }
  return out;
}

const negate = (m: number[][]) => m.map((row) => row.map((v) => -v));

/** Inverse of the (small, symmetric) information matrix; NaN entries when it is singular. */
function invert(m: number[][]): number[][] {
  try {
    return inverse(new Matrix(m)).to2DArray();
  } catch {
    return m.map((row) => row.map(() => Number.NaN));
  }
}

//! Medians, percentiles and memory.

use crate::input::BenchQuery;

/// Median and 95th percentile of some samples.
#[derive(Clone, Copy, Default)]
pub struct Spread {
    /// The median, in milliseconds.
    pub median: f64,
    /// The 95th percentile (nearest rank), in milliseconds.
    pub p95: f64,
}

impl Spread {
    /// The spread of `samples` (zeros when empty).
    pub fn of(mut samples: Vec<f64>) -> Spread {
        if samples.is_empty() {
            return Spread::default();
        }
        samples.sort_by(f64::total_cmp);
        let at = |q: f64| {
            samples[((q * samples.len() as f64).ceil() as usize).clamp(1, samples.len()) - 1]
        };
        Spread {
            median: at(0.5),
            p95: at(0.95),
        }
    }
}

/// The figures of one size.
pub struct Summary {
    /// Over every sample of every core (non-fuzzy) query.
    pub core: Spread,
    /// Per group, its median.
    groups: Vec<(String, f64)>,
}

impl Summary {
    /// Sums up `samples[i]`, the latencies of `queries[i]`.
    pub fn of(queries: &[BenchQuery], samples: &[Vec<f64>]) -> Summary {
        let pooled = |keep: &dyn Fn(&BenchQuery) -> bool| {
            queries
                .iter()
                .zip(samples)
                .filter(|(q, _)| keep(q))
                .flat_map(|(_, s)| s.iter().copied())
                .collect::<Vec<f64>>()
        };
        let mut names: Vec<&str> = queries.iter().map(|q| q.group.as_str()).collect();
        names.dedup();
        Summary {
            core: Spread::of(pooled(&|q| q.group != "fuzzy")),
            groups: names
                .into_iter()
                .map(|g| (g.to_string(), Spread::of(pooled(&|q| q.group == g)).median))
                .collect(),
        }
    }

    /// The median of a group, 0 when there is no such group.
    pub fn group(&self, name: &str) -> f64 {
        self.groups
            .iter()
            .find(|(g, _)| g == name)
            .map_or(0.0, |(_, m)| *m)
    }
}

/// The process's resident set size, from `/proc/self/statm` (0 where
/// there is no such file).
pub fn rss_bytes() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<usize>().ok())
        .map_or(0, |pages| pages * 4096)
}

/// The CPU time this thread has used, in milliseconds, from
/// `/proc/thread-self/stat` (10 ms resolution; 0 where there is no such
/// file). On a shared machine wall time also counts other processes' turns.
pub fn thread_cpu_ms() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/thread-self/stat") else {
        return 0.0;
    };
    // Fields after the command name (which may hold spaces, inside
    // parentheses): utime and stime are the 12th and 13th.
    let rest = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let ticks: Vec<f64> = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|t| t.parse().ok())
        .collect();
    ticks.iter().sum::<f64>() * 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let s = Spread::of((1..=100).map(f64::from).collect());
        assert_eq!((s.median, s.p95), (50.0, 95.0));
        let one = Spread::of(vec![3.0]);
        assert_eq!((one.median, one.p95), (3.0, 3.0));
        assert_eq!(Spread::of(Vec::new()).median, 0.0);
    }
}

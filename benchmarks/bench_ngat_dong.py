"""``ngat_dong`` on a 200-character trích yếu at 14 pt bold in 160 mm: median time per call.

Run: ``python benchmarks/bench_ngat_dong.py``; the last line is JSON.
"""

from __future__ import annotations

import json
import statistics
import time

from hoso._do_rong import ngat_dong

TRICH_YEU = (
    "Thông báo kết quả tiếp thu, giải trình ý kiến góp ý của Mặt trận Tổ quốc Việt Nam xã Gia Viễn "
    "đối với dự thảo kế hoạch thực hiện chính sách bảo hiểm y tế cho hộ cận nghèo trên địa bàn xã năm 2026"
)


def main() -> None:
    ngat_dong(TRICH_YEU, 160, 14, dam=True)  # load the tables once
    rounds = []
    for _ in range(15):
        start = time.perf_counter()
        for _ in range(200):
            ngat_dong(TRICH_YEU, 160, 14, dam=True)
        rounds.append((time.perf_counter() - start) / 200)
    print(json.dumps({"chars": len(TRICH_YEU), "ngat_dong_ms": round(statistics.median(rounds) * 1000, 3)}))


if __name__ == "__main__":
    main()

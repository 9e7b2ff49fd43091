from kipmon.demo.akhir import main

raise SystemExit(main())

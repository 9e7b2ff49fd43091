from kipmon.demo.validasi import main

raise SystemExit(main())
